"""page template t_page_26a56f7eb20caa4ffed444ff: written by tools/compile_templates.py; do not edit."""
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
    l_0_script = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    try:
        t_3 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    yield '\n        '
    def macro(l_1_this, l_1_kwargs):
        t_4 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_4.extend((
            '\n        var ',
            str(context.call(environment.getattr(l_1_this, 'get_name'))),
            ' = alertmap.addLayerControl(',
            str(context.call(environment.getattr(environment.getattr(l_1_this, '_parent'), 'get_name'))),
            ', {',
        ))
        for (l_2_key, l_2_val) in context.call(environment.getattr(environment.getattr(l_1_this, 'base_layers'), 'items')):
            _loop_vars = {}
            pass
            t_4.extend((
                '\n            ',
                str(t_2(context.eval_ctx, l_2_key)),
                ': ',
                str(l_2_val),
                ',',
            ))
        l_2_key = l_2_val = missing
        t_4.append(
            '\n        }, {',
        )
        for (l_2_key, l_2_val) in environment.getattr(l_1_this, 'overlay_entries'):
            _loop_vars = {}
            pass
            if t_3(l_2_val):
                pass
                t_4.extend((
                    '\n            ',
                    str(t_2(context.eval_ctx, l_2_key)),
                    ': ',
                    str(l_2_val),
                    ',',
                ))
            else:
                pass
                t_4.extend((
                    '\n            ',
                    str(t_2(context.eval_ctx, l_2_key)),
                    ': alertmap.layerSet(\n                ',
                    str(context.call(environment.getattr(environment.getattr(l_1_this, '_parent'), 'get_name'), _loop_vars=_loop_vars)),
                    ', [',
                    str(t_1(context.eval_ctx, l_2_val, ',')),
                    ']),',
                ))
        l_2_key = l_2_val = missing
        t_4.extend((
            '\n        }, ',
            str(t_2(context.eval_ctx, environment.getattr(l_1_this, 'options'))),
            ');\n        ',
        ))
        return concat(t_4)
    context.exported_vars.add('script')
    context.vars['script'] = l_0_script = Macro(environment, macro, 'script', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '

blocks = {}
debug_info = '2=31&3=40&4=45&5=50&8=59&9=62&10=66&12=75&13=77&16=85'