"""page template t_page_9e59517daf8f6ad72df6c115: written by tools/compile_templates.py; do not edit."""
# ruff: noqa
# mypy: ignore-errors
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = l_0_script = missing
    try:
        t_1 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield '\n        '
    def macro(l_1_this, l_1_kwargs):
        t_2 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_2.extend((
            '\n        <style data-alertmap-asset="catalogue">\n        .am-year-filter-row { display: flex; gap: 8px; flex-wrap: wrap; }\n        .am-year-filter select { font: inherit; }\n        .am-year-filter select:focus-visible { outline: 2px solid var(--am-focus); }\n        .am-compact .am-year-filter select { min-height: 44px; min-width: 88px; }\n        .am-static .am-year-filter-row { display: none; }\n        @media print { .am-year-filter-row { display: none; } }\n        </style>\n        <script>\n        if (typeof window.alertmapCatalogue === "undefined") {\n        ',
            str(environment.getattr(l_1_this, 'catalogue_js')),
            '\n        }\n        </script>\n        ',
        ))
        return concat(t_2)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '
    def macro(l_1_this, l_1_kwargs):
        t_3 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_3.extend((
            '\n        alertmapCatalogue.setup(',
            str(context.call(environment.getattr(environment.getattr(l_1_this, '_parent'), 'get_name'))),
            ', ',
            str(t_1(context.eval_ctx, environment.getattr(l_1_this, 'config'))),
            ', [',
        ))
        l_2_loop = missing
        for (l_2_group, l_2_features), l_2_loop in LoopContext(environment.getattr(l_1_this, 'layers'), undefined):
            _loop_vars = {}
            pass
            t_3.extend((
                '[',
                str(context.call(environment.getattr(l_2_group, 'get_name'), _loop_vars=_loop_vars)),
                ', ',
                str(context.call(environment.getattr(l_2_features, 'get_name'), _loop_vars=_loop_vars)),
                ']',
                str((',' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 20 evaluated to false and no else section was defined."))),
            ))
        l_2_loop = l_2_group = l_2_features = missing
        t_3.append(
            ']);\n        ',
        )
        return concat(t_3)
    context.exported_vars.add('script')
    context.vars['script'] = l_0_script = Macro(environment, macro, 'script', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '

blocks = {}
debug_info = '2=19&13=28&17=35&18=44&19=50&20=55'