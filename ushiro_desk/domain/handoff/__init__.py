"""Handoff bundles (引き継ぎパケット): what may leave for one recipient, the work order, the return sheet.

The rules here decide everything that leaves the app; the preview and the writer both consume the
same `BundlePlan`, so the preview cannot show less than what is written.
"""
