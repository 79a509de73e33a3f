"""Records: `dataclass(frozen=True)` (or, with frozen=False, a plain `dataclass`) for the types a build defines at
every start, with methods shared by every record instead of compiled for each class.

dataclasses writes each class an __init__, __repr__, __eq__, __hash__, __setattr__ and __delattr__ (and four ordering
methods) as source and compiles them: 0.6 ms a class, 3 % of the real microsite's cold build for these eighteen.
A record's are the functions below, which do what those did, field by field and in the same order
(tests/test_realspeed11.py compares each record with its plain dataclass twin). The content model's types have one
__init__ of their own (model.content_type).
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter


def record(cls=None, /, *, frozen: bool = True, eq: bool = True, order: bool = False):
    """Return `cls` as `dataclass(frozen=frozen, eq=eq, order=order)` would make it, with the shared methods."""

    def make(cls: type) -> type:
        if hasattr(cls, "__post_init__"):  # the shared __init__ would never call it: use dataclass for such a class
            raise TypeError(f"record {cls.__qualname__} defines __post_init__, which records do not call")
        cls = dataclass(init=False, repr=False, eq=False)(cls)  # its fields, read from its annotations; no code
        every = fields(cls)
        if any(item.kw_only is True for item in every):
            raise TypeError(f"record {cls.__qualname__} has keyword-only fields, which records do not take")
        cls._record_names = tuple(item.name for item in every)
        cls._record_defaults = {item.name: item.default for item in every if item.default is not MISSING}
        cls._record_factories = {item.name: item.default_factory for item in every
                                 if item.default_factory is not MISSING}
        cls._record_shown = tuple(item.name for item in every if item.repr)
        cls._record_compared = _values_of([item.name for item in every if item.compare])
        cls.__init__, cls.__repr__ = _init, _repr
        if frozen:
            cls.__setattr__, cls.__delattr__ = _assign, _delete
        if eq:
            cls.__eq__ = _eq
            # As dataclasses: a frozen record is hashed by its fields, a changeable one cannot be.
            cls.__hash__ = _hash if frozen else None
            cls._record_hashed = _values_of([item.name for item in every
                                             if (item.compare if item.hash is None else item.hash)])
        if order:
            cls.__lt__, cls.__le__, cls.__gt__, cls.__ge__ = _lt, _le, _gt, _ge
        return cls

    return make if cls is None else make(cls)


def _values_of(names: list[str]):
    """Return a function giving a record's values of `names` as one tuple, as dataclasses' methods compare them."""
    if not names:
        return lambda item: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda item: (one(item),)
    return attrgetter(*names)


def _init(self, *args, **kwargs) -> None:
    kind = type(self)
    names = kind._record_names
    if not kwargs and len(args) == len(names):  # every field given in order
        self.__dict__.update(zip(names, args))
        return
    if len(args) > len(names):
        raise TypeError(f"{kind.__qualname__}.__init__() takes {len(names) + 1} positional arguments but "
                        f"{len(args) + 1} were given")
    values = dict(zip(names, args))
    for name in names[len(args):]:
        if name in kwargs:
            values[name] = kwargs.pop(name)
        elif name in kind._record_defaults:
            values[name] = kind._record_defaults[name]
        elif name in kind._record_factories:
            values[name] = kind._record_factories[name]()
        else:
            raise TypeError(f"{kind.__qualname__}.__init__() missing 1 required positional argument: '{name}'")
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError(f"{kind.__qualname__}.__init__() got multiple values for argument '{name}'" if name in values
                        else f"{kind.__qualname__}.__init__() got an unexpected keyword argument '{name}'")
    self.__dict__.update(values)  # in the fields' order, as dataclasses' __init__ set them: a pickle's bytes are the same


def _repr(self) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self)._record_shown)
    return f"{type(self).__qualname__}({shown})"


def _assign(self, name: str, value) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delete(self, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _hash(self) -> int:
    return hash(type(self)._record_hashed(self))


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = type(self)._record_compared
    return values(self) == values(other)


def _lt(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = type(self)._record_compared
    return values(self) < values(other)


def _le(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = type(self)._record_compared
    return values(self) <= values(other)


def _gt(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = type(self)._record_compared
    return values(self) > values(other)


def _ge(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = type(self)._record_compared
    return values(self) >= values(other)
