"""page template t_page_ebfa2a8f98b7e862c34af4ed: written by tools/compile_templates.py; do not edit."""
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
            '\n        <script>\n        (function () {\n          var styles = ',
            str(t_1(context.eval_ctx, environment.getattr(l_1_this, 'styles'))),
            ';\n          Object.keys(styles).forEach(function (key) {\n            if (document.querySelector(\'style[data-alertmap-asset="\' + key + \'"]\')) { return; }\n            var s = document.createElement("style");\n            s.setAttribute("data-alertmap-asset", key);\n            s.textContent = styles[key];\n            document.head.appendChild(s);\n          });\n        })();\n        </script>\n        <script>\n        if (typeof window.L === "undefined") {\n        window.alertmapLeafletLoads = (window.alertmapLeafletLoads || 0) + 1;\n        ',
            str(environment.getattr(l_1_this, 'leaflet_js')),
            '\n        ',
            str(environment.getattr(l_1_this, 'default_icon_js')),
            '\n        }\n        </script>\n        <script>\n        if (typeof window.alertmap === "undefined") {\n        ',
            str(environment.getattr(l_1_this, 'alertmap_js')),
            '\n        }\n        </script>\n        ',
        ))
        return concat(t_2)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '

blocks = {}
debug_info = '2=19&5=28&18=30&19=32&24=34'