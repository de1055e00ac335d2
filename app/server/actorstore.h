// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "deviceauth.h"

#include "core/auth/role.h"
#include "core/ledger/event.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tz::server {

class StoreDatabase;

// The users the server knows (`actor_roles`, `actor_units`: every role each was given, their unit
// and login, from UserCreated) and who may be named as acting in a pushed event. Its checks run
// inside EventStore::push's transaction and throw store::EventRefused to refuse that one event.
class ActorStore
{
public:
    // The roles of each actor a push has looked up so far.
    using RoleCache = QHash<QString, QList<Role>>;

    explicit ActorStore(StoreDatabase &database);

    // Whether the user an event names may take its step: one of the roles the user was ever
    // given allows it (a role taken away later does not refuse what was done offline before).
    void checkAuthority(const Event &event, bool top, RoleCache &roleCache);
    // Who is named as acting: from a laptop, a user of its own subtree; a new user's login unique,
    // and made by an administrator.
    void checkActor(const DeviceAuth &device, const Event &event, bool top, bool newAggregate);
    // Records a role given to a user (a UserCreated's role).
    void noteRole(const QString &actor, int role);
    // Records a new user's unit and login (the first of a login keeps it).
    void noteUser(const Event &created);

private:
    StoreDatabase &m_db;
};

} // namespace tz::server
