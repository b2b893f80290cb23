"""page template t_page_eb00831185ba953dd961b6b7: written by tools/compile_templates.py; do not edit."""
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
    l_0_header = missing
    pass
    yield '\n        '
    def macro(l_1_this, l_1_kwargs):
        t_1 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_1.extend((
            '\n        <meta name="viewport" content="width=device-width, initial-scale=1.0">\n        <style>html, body { width: 100%; height: 100%; margin: 0; padding: 0; }</style>\n        <style data-alertmap-asset="leaflet">',
            str(environment.getattr(l_1_this, 'leaflet_css')),
            '</style>\n        <style data-alertmap-asset="alertmap">',
            str(environment.getattr(l_1_this, 'alertmap_css')),
            '</style>\n        <script>',
            str(environment.getattr(l_1_this, 'leaflet_js')),
            '</script>\n        <script>',
            str(environment.getattr(l_1_this, 'default_icon_js')),
            '</script>\n        <script>',
            str(environment.getattr(l_1_this, 'alertmap_js')),
            '</script>\n        ',
        ))
        return concat(t_1)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '

blocks = {}
debug_info = '2=13&5=22&6=24&7=26&8=28&9=30'