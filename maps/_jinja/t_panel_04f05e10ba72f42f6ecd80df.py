"""panel template t_panel_04f05e10ba72f42f6ecd80df: written by tools/compile_templates.py; do not edit."""
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
    l_0_chart = resolve('chart')
    l_0_description = resolve('description')
    l_0_colour = resolve('colour')
    l_0_summary = resolve('summary')
    l_0_c = missing
    try:
        t_1 = environment.filters['float']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'float' found.")
    try:
        t_2 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '\n<details open data-am-collapse-small>\n<summary><h2>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h2></summary>\n'
    l_0_c = (undefined(name='chart') if l_0_chart is missing else l_0_chart)
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    yield '<svg class="am-profile-chart" viewBox="0 0 '
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'width'))
    yield ' '
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'height'))
    yield '" role="img"\n aria-label="'
    yield escape((undefined(name='description') if l_0_description is missing else l_0_description))
    yield '" data-am-scale=\''
    yield escape(t_2(context.eval_ctx, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'scale')))
    yield '\'>\n<g class="am-profile-axes">\n'
    for l_1_h in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'heights'):
        _loop_vars = {}
        pass
        yield '<line x1="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'left'))
        yield '" y1="'
        yield escape(environment.getattr(l_1_h, 'y'))
        yield '" x2="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'right'))
        yield '" y2="'
        yield escape(environment.getattr(l_1_h, 'y'))
        yield '"/>\n<text x="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'label_x'))
        yield '" y="'
        yield escape(environment.getattr(l_1_h, 'y'))
        yield '" dy="3" text-anchor="end">'
        yield escape(environment.getattr(l_1_h, 'label'))
        yield '</text>\n'
    l_1_h = missing
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'heights'):
        pass
        yield '<text x="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'label_x'))
        yield '" y="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'km_y'))
        yield '" text-anchor="end">km</text>'
    yield '<line x1="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'left'))
    yield '" y1="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom'))
    yield '" x2="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'right'))
    yield '" y2="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom'))
    yield '"/>\n'
    for l_1_t in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'clock'):
        _loop_vars = {}
        pass
        yield '<line x1="'
        yield escape(environment.getattr(l_1_t, 'x'))
        yield '" y1="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom'))
        yield '" x2="'
        yield escape(environment.getattr(l_1_t, 'x'))
        yield '" y2="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'tick_y'))
        yield '"/>\n<text x="'
        yield escape(environment.getattr(l_1_t, 'x'))
        yield '" y="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'clock_y'))
        yield '" text-anchor="middle">'
        yield escape(environment.getattr(l_1_t, 'label'))
        yield '</text>\n'
    l_1_t = missing
    yield '</g>\n'
    for l_1_w in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'windows'):
        _loop_vars = {}
        pass
        yield '<rect class="am-profile-window" x="'
        yield escape(environment.getattr(l_1_w, 'x'))
        yield '" y="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'top'))
        yield '" width="'
        yield escape(environment.getattr(l_1_w, 'width'))
        yield '"\n height="'
        yield escape((t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom')) - t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'top'))))
        yield '"><title>'
        yield escape(environment.getattr(l_1_w, 'title'))
        yield '</title></rect>\n'
    l_1_w = missing
    if (not t_3(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'space_y'))):
        pass
        yield '<g class="am-profile-space"><title>100 km: the conventional edge of space</title>\n<line x1="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'left'))
        yield '" y1="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'space_y'))
        yield '" x2="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'right'))
        yield '" y2="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'space_y'))
        yield '"/>\n<text x="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'right'))
        yield '" y="'
        yield escape((t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'space_y')) - 2))
        yield '" text-anchor="end">100 km</text></g>\n'
    else:
        pass
        yield '<text class="am-profile-unknown" x="'
        yield escape(((t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'left')) + t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'right'))) / 2))
        yield '"\n y="'
        yield escape((t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom')) - 6))
        yield '" text-anchor="middle">altitude not known</text>\n'
    for l_1_m in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'marks'):
        _loop_vars = {}
        pass
        yield '<g class="am-profile-mark am-profile-mark-'
        yield escape(environment.getattr(l_1_m, 'kind'))
        yield '" data-am-time="'
        yield escape(environment.getattr(l_1_m, 'iso'))
        yield '"\n data-am-target="'
        yield escape(environment.getattr(l_1_m, 'target'))
        yield '"><title>'
        yield escape(environment.getattr(l_1_m, 'title'))
        yield '</title>\n<line x1="'
        yield escape(environment.getattr(l_1_m, 'x'))
        yield '" y1="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'top'))
        yield '" x2="'
        yield escape(environment.getattr(l_1_m, 'x'))
        yield '" y2="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom'))
        yield '" stroke="'
        yield escape(environment.getattr(l_1_m, 'colour'))
        yield '"/>\n'
        if (not t_3(environment.getattr(l_1_m, 'text_y'))):
            pass
            yield '<text x="'
            yield escape(environment.getattr(l_1_m, 'text_x'))
            yield '" y="'
            yield escape(environment.getattr(l_1_m, 'text_y'))
            yield '" text-anchor="middle">'
            yield escape(environment.getattr(l_1_m, 'short'))
            yield '</text>\n'
        yield '</g>\n'
    l_1_m = missing
    for l_1_r in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'reported_apogees'):
        _loop_vars = {}
        pass
        yield '<line class="am-profile-reported" x1="'
        yield escape(environment.getattr(l_1_r, 'x1'))
        yield '" y1="'
        yield escape(environment.getattr(l_1_r, 'y'))
        yield '" x2="'
        yield escape(environment.getattr(l_1_r, 'x2'))
        yield '" y2="'
        yield escape(environment.getattr(l_1_r, 'y'))
        yield '">\n<title>'
        yield escape(environment.getattr(l_1_r, 'title'))
        yield '</title></line>\n'
    l_1_r = missing
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'path'):
        pass
        yield '<path class="am-profile-line" d="'
        yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'path'))
        yield '" stroke="'
        yield escape((undefined(name='colour') if l_0_colour is missing else l_0_colour))
        yield '"/>'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'):
        pass
        yield '<g class="am-profile-apogee"><circle cx="'
        yield escape(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'), 'x'))
        yield '" cy="'
        yield escape(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'), 'y'))
        yield '" r="3"/>\n<text x="'
        yield escape(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'), 'text_x'))
        yield '" y="'
        yield escape(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'), 'text_y'))
        yield '"\n text-anchor="'
        yield escape(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'), 'anchor'))
        yield '">'
        yield escape(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'apogee'), 'label'))
        yield '</text></g>\n'
    yield '<line class="am-profile-cursor" x1="0" y1="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'top'))
    yield '" x2="0" y2="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom'))
    yield '"\n display="none"/>\n<circle class="am-profile-dot" cx="0" cy="0" r="3.5" display="none"/>\n</svg>\n<div class="am-profile-summary">'
    yield escape((undefined(name='summary') if l_0_summary is missing else l_0_summary))
    yield '</div>\n<div class="am-profile-controls">\n<button type="button" class="am-profile-play">Play</button>\n<input type="range" class="am-profile-time" min="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'start_s'))
    yield '" max="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'end_s'))
    yield '" step="1"\n value="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'start_s'))
    yield '" aria-label="Time after launch, seconds">\n</div>\n<div class="am-profile-readout" aria-hidden="true"></div>\n</details>'

blocks = {}
debug_info = '3=36&4=38&5=42&6=46&8=50&9=54&10=62&12=69&13=77&14=85&15=89&16=97&19=105&20=109&21=115&23=120&25=123&26=131&28=138&29=140&31=142&32=146&33=150&34=154&35=164&36=167&40=175&41=179&42=187&44=190&45=197&46=200&47=204&48=208&50=213&54=217&57=219&58=223'