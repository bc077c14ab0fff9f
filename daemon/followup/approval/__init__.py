"""Approval: the follow-up state machine and approval by e-mail (DESIGN §6).

Pure modules: `states` (transition table), `tokens`, `authenticate` (may a reply act),
`request` (the request mail), `reply` (reading the owner's answer), `confirmation`.
`jobs` is the edge that runs them against the store and the mail (requests, replies,
reminders, expiry, notices). Nothing is re-exported here: import the module you need.
"""
