"""panel template t_panel_469129c8f38bb4aee5afa90b: written by tools/compile_templates.py; do not edit."""
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
    l_0__ = resolve('_')
    l_0_items = resolve('items')
    l_0_zone = resolve('zone')
    pass
    yield '\n<details open>\n<summary><h2 id="'
    yield escape((undefined(name='panel_id') if l_0_panel_id is missing else l_0_panel_id))
    yield '-h">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Timeline'))
    yield '</h2></summary>\n<ol class="am-timeline-list" aria-labelledby="'
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
            yield '<span class="am-time am-untimed">'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'time not reported', _loop_vars=_loop_vars))
            yield '</span>'
        yield ' \n<span class="am-event">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '{label}: {name}', label=environment.getattr(l_1_item, 'label'), name=environment.getattr(l_1_item, 'name'), _loop_vars=_loop_vars))
        yield '</span>\n'
        if environment.getattr(l_1_item, 'detail'):
            pass
            yield '<span class="am-detail">'
            yield escape(environment.getattr(l_1_item, 'detail'))
            yield '</span>'
        yield '</button></li>\n'
    l_1_item = missing
    yield '</ol>\n<div class="am-tz">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Times {zone}; UTC in brackets.', zone=(undefined(name='zone') if l_0_zone is missing else l_0_zone)))
    yield '</div>\n</details>'

blocks = {}
debug_info = '3=16&4=20&5=22&6=26&7=28&8=33&9=39&10=44&11=49&13=52&14=54&17=62'