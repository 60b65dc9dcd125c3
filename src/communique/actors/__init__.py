"""Actor coding: every mention of a political actor resolved to its CAMEO actor code.

    from communique.actors import add_actor_coder, describe_mentions
    add_actor_coder(nlp, settings)          # or nlp.add_pipe("cameo_actors", config={...})
    doc = nlp(text); rows = describe_mentions(doc)

Importing this package registers the `cameo_actors` spaCy factory.
"""

from communique.actors.component import (
    FACTORY,
    ActorCoder,
    add_actor_coder,
    component_config,
    describe_mentions,
)
from communique.actors.dictionary import ActorDictionary, Agent, Entity, Role
from communique.actors.formats import read_dictionary_file
from communique.actors.index import load_actor_dictionary

__all__ = [
    "FACTORY",
    "ActorCoder",
    "ActorDictionary",
    "Agent",
    "Entity",
    "Role",
    "add_actor_coder",
    "component_config",
    "describe_mentions",
    "load_actor_dictionary",
    "read_dictionary_file",
]
