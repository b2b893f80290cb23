"""page template t_page_2ff90db0e1415f2036a2f41f: written by tools/compile_templates.py; do not edit."""
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
    l_0_this = resolve('this')
    l_0_kwargs = resolve('kwargs')
    try:
        t_1 = environment.filters['e']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'e' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>'
    yield str(t_1(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'title')))
    yield '</title>\n'
    yield str(context.call(environment.getattr(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'header'), 'render'), **(undefined(name='kwargs') if l_0_kwargs is missing else l_0_kwargs)))
    yield '\n</head>\n<body>\n'
    yield str(context.call(environment.getattr(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'html'), 'render'), **(undefined(name='kwargs') if l_0_kwargs is missing else l_0_kwargs)))
    yield '\n<script>\n'
    yield str(context.call(environment.getattr(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'script'), 'render'), **(undefined(name='kwargs') if l_0_kwargs is missing else l_0_kwargs)))
    yield '\n</script>\n</body>\n</html>'

blocks = {}
debug_info = '5=20&6=22&9=24&11=26'