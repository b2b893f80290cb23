"""panel template t_panel_817403601db6a1a44413a333: written by tools/compile_templates.py; do not edit."""
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
    l_0__ = resolve('_')
    pass
    yield '\n<h1>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n<div class="am-subtitle">'
    yield escape((undefined(name='date') if l_0_date is missing else l_0_date))
    if (undefined(name='launch') if l_0_launch is missing else l_0_launch):
        pass
        yield ' · '
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'launch {time}', time=(undefined(name='launch') if l_0_launch is missing else l_0_launch)))
    yield '</div>'

blocks = {}
debug_info = '2=16&3=18'