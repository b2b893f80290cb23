"""page template t_page_fe9836e131b01694a135c4b1: written by tools/compile_templates.py; do not edit."""
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
    l_0_header = l_0_html = l_0_script = missing
    try:
        t_1 = environment.filters['e']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'e' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['tojavascript']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'tojavascript' found.")
    try:
        t_4 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    yield '\n        '
    def macro(l_1_this, l_1_kwargs):
        t_5 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_5.extend((
            '\n        <style>\n        #',
            str(context.call(environment.getattr(l_1_this, 'get_name'))),
            '_frame { height: ',
            str(environment.getattr(l_1_this, 'frame_height')),
            '; }\n        </style>\n        ',
        ))
        return concat(t_5)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n\n        '
    def macro(l_1_this, l_1_kwargs):
        t_6 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_6.extend((
            '\n        <div class="am-frame" id="',
            str(context.call(environment.getattr(l_1_this, 'get_name'))),
            '_frame" lang="',
            str(t_1(environment.getattr(l_1_this, 'lang'))),
            '">',
        ))
        if environment.getattr(l_1_this, 'banner'):
            pass
            t_6.extend((
                '\n        <div class="am-banner am-banner-top" role="note">',
                str(t_1(environment.getattr(l_1_this, 'banner'))),
                '</div>',
            ))
        t_6.extend((
            '\n        <div class="folium-map am-map" id="',
            str(context.call(environment.getattr(l_1_this, 'get_name'))),
            '"\n             role="region" aria-label="',
            str(t_1(environment.getattr(l_1_this, 'label'))),
            '"></div>',
        ))
        if (t_2(environment.getattr(l_1_this, 'sources')) > environment.getattr(l_1_this, 'fold_sources')):
            pass
            t_6.extend((
                '\n        <div class="am-sourceline am-sources-list" tabindex="0"\n         aria-label="',
                str(t_1(environment.getattr(l_1_this, 'sources_head'))),
                '"><span class="am-sources-head">',
                str(t_1(environment.getattr(l_1_this, 'sources_head'))),
                ':</span><ul>',
            ))
            for l_2_s in environment.getattr(l_1_this, 'sources'):
                _loop_vars = {}
                pass
                t_6.extend((
                    '<li>',
                    str(t_1(l_2_s)),
                    '</li>',
                ))
            l_2_s = missing
            t_6.append(
                '</ul></div>',
            )
        else:
            pass
            t_6.extend((
                '\n        <div class="am-sourceline">',
                str(t_1(environment.getattr(l_1_this, 'source_line'))),
                '</div>',
            ))
        if environment.getattr(l_1_this, 'banner'):
            pass
            t_6.extend((
                '\n        <div class="am-banner am-banner-bottom" role="note">',
                str(t_1(environment.getattr(l_1_this, 'banner'))),
                '</div>',
            ))
        t_6.append(
            '\n        </div>\n        ',
        )
        return concat(t_6)
    context.exported_vars.add('html')
    context.vars['html'] = l_0_html = Macro(environment, macro, 'html', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n\n        '
    def macro(l_1_this, l_1_kwargs):
        t_7 = []
        if l_1_this is missing:
            l_1_this = undefined("parameter 'this' was not provided", name='this')
        if l_1_kwargs is missing:
            l_1_kwargs = undefined("parameter 'kwargs' was not provided", name='kwargs')
        pass
        t_7.extend((
            '\n        var ',
            str(context.call(environment.getattr(l_1_this, 'get_name'))),
            ' = L.map(\n            ',
            str(t_4(context.eval_ctx, context.call(environment.getattr(l_1_this, 'get_name')))),
            ',\n            {\n                center: ',
            str(t_4(context.eval_ctx, environment.getattr(l_1_this, 'location'))),
            ',\n                crs: L.CRS.',
            str(environment.getattr(l_1_this, 'crs')),
            ',\n                ...',
            str(t_3(environment.getattr(l_1_this, 'options'))),
            '\n            }\n        );',
        ))
        if environment.getattr(l_1_this, 'control_scale'):
            pass
            t_7.extend((
                '\n        alertmap.addNorthArrow(',
                str(context.call(environment.getattr(l_1_this, 'get_name'))),
                ');\n        L.control.scale({ position: "bottomleft" }).addTo(',
                str(context.call(environment.getattr(l_1_this, 'get_name'))),
                ');',
            ))
        if environment.getattr(l_1_this, 'text'):
            pass
            t_7.extend((
                '\n        alertmap.setText(',
                str(context.call(environment.getattr(l_1_this, 'get_name'))),
                ', ',
                str(t_4(context.eval_ctx, environment.getattr(l_1_this, 'text'))),
                ');',
            ))
        t_7.extend((
            '\n        alertmap.register(',
            str(context.call(environment.getattr(l_1_this, 'get_name'))),
            ');\n        ',
        ))
        return concat(t_7)
    context.exported_vars.add('script')
    context.vars['script'] = l_0_script = Macro(environment, macro, 'script', ('this', 'kwargs'), False, False, False, context.eval_ctx.autoescape)
    yield '\n        '

blocks = {}
debug_info = '2=37&4=46&8=55&9=64&10=69&11=73&13=78&14=80&15=83&17=87&19=92&21=108&23=111&24=115&29=125&30=134&31=136&33=138&34=140&35=142&38=145&39=149&40=151&42=154&43=158&45=165'