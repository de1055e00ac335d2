// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/auth/role.h"

#include <QCoreApplication>

namespace tz::role {

std::optional<Role> parse(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == QLatin1String("clerk"))
        return Role::Clerk;
    if (k == QLatin1String("grid-worker") || k == QLatin1String("gridworker"))
        return Role::GridWorker;
    if (k == QLatin1String("handler"))
        return Role::Handler;
    if (k == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (k == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::GridWorker:
        return QStringLiteral("grid-worker");
    case Role::Handler:
        return QStringLiteral("handler");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString label(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("tz::Role", "Counter clerk");
    case Role::GridWorker:
        return QCoreApplication::translate("tz::Role", "Grid worker");
    case Role::Handler:
        return QCoreApplication::translate("tz::Role", "Handler");
    case Role::Supervisor:
        return QCoreApplication::translate("tz::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("tz::Role", "Administrator");
    }
    return {};
}

} // namespace tz::role
