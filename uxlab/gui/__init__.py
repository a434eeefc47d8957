"""uxlab.gui"""
