"""panel template t_panel_44bfaf7f5ff203df123bcd4e: written by tools/compile_templates.py; do not edit."""
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
    l_0_panel_id = resolve('panel_id')
    l_0_items = resolve('items')
    l_0_zone = resolve('zone')
    pass
    yield '\n<details open>\n<summary><h2 id="'
    yield escape((undefined(name='panel_id') if l_0_panel_id is missing else l_0_panel_id))
    yield '-h">Timeline</h2></summary>\n<ol class="am-timeline-list" aria-labelledby="'
    yield escape((undefined(name='panel_id') if l_0_panel_id is missing else l_0_panel_id))
    yield '-h">\n'
    for l_1_item in (undefined(name='items') if l_0_items is missing else l_0_items):
        _loop_vars = {}
        pass
        yield '<li><button type="button" class="am-timeline-item" data-am-target="'
        yield escape(environment.getattr(l_1_item, 'id'))
        yield '"\n'
        if environment.getattr(l_1_item, 'iso'):
            pass
            yield ' data-am-time="'
            yield escape(environment.getattr(l_1_item, 'iso'))
            yield '"'
        if environment.getattr(l_1_item, 'number'):
            pass
            yield ' data-am-number="'
            yield escape(environment.getattr(l_1_item, 'number'))
            yield '"'
        yield '>\n'
        if environment.getattr(l_1_item, 'iso'):
            pass
            yield '<span class="am-time">'
            yield escape(environment.getattr(l_1_item, 'local'))
            yield '</span>\n <span class="am-utc">('
            yield escape(environment.getattr(l_1_item, 'utc'))
            yield ')</span>\n'
        else:
            pass
            yield '<span class="am-time am-untimed">time not reported</span>'
        yield ' \n<span class="am-event">'
        yield escape(environment.getattr(l_1_item, 'label'))
        yield ': '
        yield escape(environment.getattr(l_1_item, 'name'))
        yield '</span>\n'
        if environment.getattr(l_1_item, 'detail'):
            pass
            yield '<span class="am-detail">'
            yield escape(environment.getattr(l_1_item, 'detail'))
            yield '</span>'
        yield '</button></li>\n'
    l_1_item = missing
    yield '</ol>\n<div class="am-tz">Times '
    yield escape((undefined(name='zone') if l_0_zone is missing else l_0_zone))
    yield '; UTC in brackets.</div>\n</details>'

blocks = {}
debug_info = '3=15&4=17&5=19&6=23&7=25&8=30&9=36&10=41&13=47&14=51&17=59'