"""panel template t_panel_848a320d667203a39c158ecf: written by tools/compile_templates.py; do not edit."""
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
    l_0_title = resolve('title')
    l_0_date = resolve('date')
    l_0_launch = resolve('launch')
    pass
    yield '\n<h1>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n<div class="am-subtitle">'
    yield escape((undefined(name='date') if l_0_date is missing else l_0_date))
    if (undefined(name='launch') if l_0_launch is missing else l_0_launch):
        pass
        yield ' · launch '
        yield escape((undefined(name='launch') if l_0_launch is missing else l_0_launch))
    yield '</div>'

blocks = {}
debug_info = '2=15&3=17'