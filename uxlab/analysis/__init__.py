"""uxlab.analysis"""
