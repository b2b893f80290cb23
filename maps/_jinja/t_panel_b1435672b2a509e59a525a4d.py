"""panel template t_panel_b1435672b2a509e59a525a4d: written by tools/compile_templates.py; do not edit."""
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
    l_0__ = resolve('_')
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
        yield '" text-anchor="end">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'km'))
        yield '</text>'
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
        yield '<g class="am-profile-space"><title>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '100 km: the conventional edge of space'))
        yield '</title>\n<line x1="'
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
        yield '" text-anchor="end">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '100 km'))
        yield '</text></g>\n'
    else:
        pass
        yield '<text class="am-profile-unknown" x="'
        yield escape(((t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'left')) + t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'right'))) / 2))
        yield '"\n y="'
        yield escape((t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'bottom')) - 6))
        yield '" text-anchor="middle">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'altitude not known'))
        yield '</text>\n'
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
    yield '</div>\n<div class="am-profile-controls">\n<button type="button" class="am-profile-play">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Play'))
    yield '</button>\n<input type="range" class="am-profile-time" min="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'start_s'))
    yield '" max="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'end_s'))
    yield '" step="1"\n value="'
    yield escape(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'start_s'))
    yield '" aria-label="'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Time after launch, seconds'))
    yield '">\n</div>\n<div class="am-profile-readout" aria-hidden="true"></div>\n</details>'

blocks = {}
debug_info = '3=37&4=39&5=43&6=47&8=51&9=55&10=63&12=70&14=80&15=88&16=92&17=100&20=108&21=112&22=118&24=123&25=126&26=128&27=136&29=145&30=147&32=151&33=155&34=159&35=163&36=173&37=176&41=184&42=188&43=196&45=199&46=206&47=209&48=213&49=217&51=222&55=226&57=228&58=230&59=234'