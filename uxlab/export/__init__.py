"""uxlab.export"""
