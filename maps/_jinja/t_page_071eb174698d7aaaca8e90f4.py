"""page template t_page_071eb174698d7aaaca8e90f4: written by tools/compile_templates.py; do not edit."""
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
    yield '<div class="alertmap-fragment" data-alertmap-event="'
    yield str(t_1(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'event_id')))
    yield '"\n lang="'
    yield str(t_1(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'lang')))
    yield '">\n'
    yield str(context.call(environment.getattr(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'header'), 'render'), **(undefined(name='kwargs') if l_0_kwargs is missing else l_0_kwargs)))
    yield '\n'
    yield str(context.call(environment.getattr(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'html'), 'render'), **(undefined(name='kwargs') if l_0_kwargs is missing else l_0_kwargs)))
    yield '\n<script>\n'
    yield str(context.call(environment.getattr(environment.getattr((undefined(name='this') if l_0_this is missing else l_0_this), 'script'), 'render'), **(undefined(name='kwargs') if l_0_kwargs is missing else l_0_kwargs)))
    yield '\n</script>\n</div>'

blocks = {}
debug_info = '1=20&2=22&3=24&4=26&6=28'