"""panel template t_panel_ed3541b0d80b5a68d2236440: written by tools/compile_templates.py; do not edit."""
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
    l_0_notes = resolve('notes')
    l_0_statements = resolve('statements')
    l_0_checks = resolve('checks')
    l_0_basemap = resolve('basemap')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '\n<details open data-am-collapse-small>\n<summary><h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Notes and statements'))
    yield '</h2></summary>\n'
    if (undefined(name='notes') if l_0_notes is missing else l_0_notes):
        pass
        yield '<ul>'
        for l_1_n in (undefined(name='notes') if l_0_notes is missing else l_0_notes):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_n)
            yield '</li>'
        l_1_n = missing
        yield '</ul>'
    for (l_1_topic, l_1_items) in (undefined(name='statements') if l_0_statements is missing else l_0_statements):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(l_1_topic)
        yield '</h3>\n<ul>'
        for l_2_s in l_1_items:
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call(environment.getattr((undefined(name='_') if l_0__ is missing else l_0__), 'scenario'), environment.getattr(l_2_s, 'text'), _loop_vars=_loop_vars))
            yield ' <span class="am-attrib">('
            yield escape(environment.getattr(environment.getattr(l_2_s, 'source'), 'organisation'))
            yield ',\n '
            yield escape(environment.getattr(environment.getattr(l_2_s, 'source'), 'date'))
            yield ')</span></li>'
        l_2_s = missing
        yield '</ul>\n'
    l_1_topic = l_1_items = missing
    if (undefined(name='checks') if l_0_checks is missing else l_0_checks):
        pass
        yield '<details class="am-checks">\n<summary><h3 data-am-print="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), ' — listed in the HTML map'))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Checks ({count})', count=t_1((undefined(name='checks') if l_0_checks is missing else l_0_checks))))
        yield '</h3></summary>\n<ul>'
        for l_1_c in (undefined(name='checks') if l_0_checks is missing else l_0_checks):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_c)
            yield '</li>'
        l_1_c = missing
        yield '</ul>\n</details>\n'
    yield '<div class="am-attrib">'
    yield escape((undefined(name='basemap') if l_0_basemap is missing else l_0_basemap))
    yield ' '
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Made with alertmap.'))
    yield '</div>\n</details>'

blocks = {}
debug_info = '3=23&4=25&5=36&6=40&7=42&8=48&9=50&11=55&13=58&15=62&18=71'