"""Maps: the only package that imports folium or branca.

Composes :class:`layers.model.Event` objects into offline Folium/Leaflet pages and runs the
``alertmap`` command line.
"""
