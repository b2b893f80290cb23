"""page template t_page_13a44b33f1329afc9ca2b4c0: written by tools/compile_templates.py; do not edit."""
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
            '\n        alertmap.addOutlines(\n            ',
            str(context.call(environment.getattr(environment.getattr(l_1_this, '_parent'), 'get_name'))),
            ', ',
            str(t_1(context.eval_ctx, environment.getattr(l_1_this, 'outline'))),
            ', ',
            str(t_1(context.eval_ctx, environment.getattr(l_1_this, 'options'))),
            ',\n            ',
            str(t_1(context.eval_ctx, environment.getattr(l_1_this, 'detail'))),
            ', ',
            str(t_1(context.eval_ctx, environment.getattr(l_1_this, 'detail_zoom'))),
            ');\n        ',
        ))
        return concat(t_2)
    context.exported_vars.add('script')
    context.vars['script'] = l_0_script = Macro(environment, macro, 'script', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '

blocks = {}
debug_info = '2=19&4=28&5=34'