"""panel template t_panel_a90bcafd8948fd0c4d49002a: written by tools/compile_templates.py; do not edit."""
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
    l_0__ = resolve('_')
    l_0_rows = resolve('rows')
    l_0_events = resolve('events')
    l_0_ramp = resolve('ramp')
    l_0_panel_id = resolve('panel_id')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '\n<details open data-am-collapse-small>\n<summary><h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Legend'))
    yield '</h2></summary>\n'
    for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '<div class="am-legend-row" data-am-legend="'
        yield escape(environment.getattr(l_1_row, 'key'))
        yield '" hidden>\n<svg width="28" height="16" aria-hidden="true">\n'
        if (environment.getattr(l_1_row, 'shape') == 'area'):
            pass
            yield '<rect x="2" y="3" width="24" height="10" fill="'
            yield escape(environment.getattr(l_1_row, 'fill'))
            yield '" fill-opacity="'
            yield escape(environment.getattr(l_1_row, 'fill_opacity'))
            yield '"\n stroke="'
            yield escape(environment.getattr(l_1_row, 'color'))
            yield '" stroke-width="'
            yield escape(environment.getattr(l_1_row, 'weight'))
            yield '" stroke-dasharray="'
            yield escape(environment.getattr(l_1_row, 'dash'))
            yield '"/>\n'
        elif (environment.getattr(l_1_row, 'shape') == 'line'):
            pass
            yield '<line x1="1" y1="8" x2="27" y2="8" stroke="'
            yield escape(environment.getattr(l_1_row, 'color'))
            yield '" stroke-width="'
            yield escape(environment.getattr(l_1_row, 'weight'))
            yield '"\n stroke-dasharray="'
            yield escape(environment.getattr(l_1_row, 'dash'))
            yield '"/>\n'
        elif (environment.getattr(l_1_row, 'shape') == 'triangle'):
            pass
            yield '<polygon points="14,1 22,15 6,15" fill="'
            yield escape(environment.getattr(l_1_row, 'fill'))
            yield '" stroke="'
            yield escape(environment.getattr(l_1_row, 'color'))
            yield '"\n stroke-width="1.5" stroke-dasharray="'
            yield escape(environment.getattr(l_1_row, 'dash'))
            yield '"/>\n'
        else:
            pass
            yield '<circle cx="14" cy="8" r="5" fill="'
            yield escape(environment.getattr(l_1_row, 'fill'))
            yield '" stroke="'
            yield escape(environment.getattr(l_1_row, 'color'))
            yield '" stroke-width="2"/>\n'
        yield '</svg>\n<span>'
        yield escape(environment.getattr(l_1_row, 'label'))
        yield '</span>\n</div>\n'
    l_1_row = missing
    if ((undefined(name='events') if l_0_events is missing else l_0_events) and (undefined(name='ramp') if l_0_ramp is missing else l_0_ramp)):
        pass
        yield '<h3>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Events'))
        yield '</h3>\n<div class="am-legend-row am-legend-ramp"><span>'
        yield escape(environment.getattr(environment.getitem((undefined(name='events') if l_0_events is missing else l_0_events), 0), 'name'))
        yield '</span>\n<svg width="120" height="12" aria-hidden="true"><defs><linearGradient id="'
        yield escape((undefined(name='panel_id') if l_0_panel_id is missing else l_0_panel_id))
        yield '-ramp">\n'
        l_1_loop = missing
        for l_1_e, l_1_loop in LoopContext((undefined(name='events') if l_0_events is missing else l_0_events), undefined):
            _loop_vars = {}
            pass
            yield '<stop offset="'
            yield escape((environment.getattr(l_1_loop, 'index0') / (t_1((undefined(name='events') if l_0_events is missing else l_0_events)) - 1)))
            yield '" stop-color="'
            yield escape(environment.getattr(l_1_e, 'colour'))
            yield '"/>\n'
        l_1_loop = l_1_e = missing
        yield '</linearGradient></defs><rect x="0" y="2" width="120" height="8"\n fill="url(#'
        yield escape((undefined(name='panel_id') if l_0_panel_id is missing else l_0_panel_id))
        yield '-ramp)"/></svg><span>'
        yield escape(environment.getattr(environment.getitem((undefined(name='events') if l_0_events is missing else l_0_events), -1), 'name'))
        yield '</span></div>\n'
    elif (undefined(name='events') if l_0_events is missing else l_0_events):
        pass
        yield '<h3>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Events'))
        yield '</h3>\n'
        for l_1_e in (undefined(name='events') if l_0_events is missing else l_0_events):
            _loop_vars = {}
            pass
            yield '<div class="am-legend-row"><svg width="28" height="16" aria-hidden="true"><line x1="1" y1="8"\n x2="27" y2="8" stroke="'
            yield escape(environment.getattr(l_1_e, 'colour'))
            yield '" stroke-width="4"/></svg><span>'
            yield escape(environment.getattr(l_1_e, 'name'))
            yield '</span></div>\n'
        l_1_e = missing
    yield '<div class="am-legend-row am-basis">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Dashed or dotted outlines: schematic or approximate.'))
    yield '</div>\n</details>'

blocks = {}
debug_info = '3=23&4=25&5=29&7=31&8=34&9=38&10=44&11=47&12=51&13=53&14=56&15=60&17=65&20=70&23=73&24=76&25=78&26=80&27=83&28=87&30=93&31=97&32=100&33=102&35=106&39=112'