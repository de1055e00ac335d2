// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/residents/residentprojection.h"

#include "core/ledger/sqldatabase.h"

#include <QJsonArray>

#include <algorithm>

namespace tz {
namespace {

QString reversed(const QString &text)
{
    QString copy = text;
    std::reverse(copy.begin(), copy.end());
    return copy;
}

QString tagsOf(const QJsonObject &p)
{
    QStringList tags;
    for (const QJsonValue &v : p.value(QLatin1String("tags")).toArray())
        tags.append(v.toString());
    return tags.join(QLatin1Char(','));
}

QString digitsOnly(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace

void ResidentProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    db.cached("ResidentProjection::clear", "DELETE FROM residents WHERE id = ?1").bind(1, aggregateId).run();
}

void ResidentProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == residentevents::registered || event.type == residentevents::updated) {
        const QString idNumber = p.value(QLatin1String("idNumber")).toString();
        const QString phone = p.value(QLatin1String("phone")).toString();
        db.cached("ResidentProjection::apply/insert residents",
              "INSERT INTO residents (id, name, id_number, id_reversed, phone, phone_reversed, address, "
              "org_code, "
              "grid_id, household_id, pinyin, initials, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
              "?10, "
              "?11, ?12, ?13) ON CONFLICT (id) DO UPDATE SET name = ?2, id_number = ?3, id_reversed = ?4, "
              "phone = ?5, phone_reversed = ?6, address = ?7, org_code = ?8, grid_id = ?9, household_id = "
              "?10, "
              "pinyin = ?11, initials = ?12, tags = ?13")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("name")).toString())
            .bindText(3, idNumber)
            .bindText(4, reversed(idNumber))
            .bindText(5, phone)
            .bindText(6, reversed(digitsOnly(phone)))
            .bindText(7, p.value(QLatin1String("address")).toString())
            .bindText(8, p.value(QLatin1String("org")).toString())
            .bindText(9, p.value(QLatin1String("grid")).toString())
            .bindText(10, p.value(QLatin1String("household")).toString())
            .bind(11, p.value(QLatin1String("pinyin")).toString())
            .bind(12, p.value(QLatin1String("initials")).toString())
            .bind(13, tagsOf(p))
            .run();
    } else if (event.type == residentevents::tagsChanged) {
        db.cached("ResidentProjection::apply/update residents.tags",
              "UPDATE residents SET tags = ?2 WHERE id = ?1")
            .bind(1, event.aggregateId)
            .bind(2, tagsOf(p))
            .run();
    }
}

} // namespace tz
