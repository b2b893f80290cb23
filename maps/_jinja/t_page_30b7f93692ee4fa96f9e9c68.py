"""page template t_page_30b7f93692ee4fa96f9e9c68: written by tools/compile_templates.py; do not edit."""
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
    l_0_icons = resolve('icons')
    try:
        t_1 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield 'L.Icon.Default.imagePath = "";\nL.Icon.Default.mergeOptions('
    yield str(t_1(context.eval_ctx, (undefined(name='icons') if l_0_icons is missing else l_0_icons)))
    yield ');'

blocks = {}
debug_info = '2=19'