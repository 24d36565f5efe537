"""Hand-written additions to generated repositories (the generator never writes here).

A resource whose spec says ``extension: true`` gets repositories deriving from
``Sync<Class>Extension`` and ``Async<Class>Extension`` defined in ``<type>.py`` of this package.
"""
