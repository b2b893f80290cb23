"""Reported geography as data: the layer model, scenarios, the gazetteer and the basemap.

Imports ``geo``; never ``maps``, folium or branca.
"""
