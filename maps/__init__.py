"""How the map looks: the only package that imports folium or branca.

Composes :class:`alertmap.layers.model.Event` objects into folium element trees written as
offline pages, fragments, PNG and PDF, and runs the ``alertmap`` command line. folium is
imported by the modules that compose maps, never by ``import alertmap``; nothing here changes
folium, branca, jinja2 or ``sys.modules`` (see :mod:`alertmap.maps.templates`).
"""
