// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/settings/settingprojection.h"

#include "core/ledger/sqldatabase.h"

namespace tz {

void SettingProjection::clear(SqlDatabase &db, const QString &aggregateId)
{
    if (aggregateId.startsWith(QLatin1String("assessment/"))) {
        db.cached("SettingProjection::clear/delete assessment_rule_sets",
              "DELETE FROM assessment_rule_sets WHERE id = ?1")
            .bind(1, aggregateId.mid(11))
            .run();
    } else if (aggregateId.startsWith(QLatin1String("deadline/"))) {
        const QStringList parts = aggregateId.split(QLatin1Char('/'));
        db.cached("SettingProjection::clear/delete deadline_rules",
              "DELETE FROM deadline_rules WHERE org_code = ?1 AND handling = ?2")
            .bind(1, parts.value(1))
            .bind(2, parts.value(2).toInt())
            .run();
    } else {
        db.cached("SettingProjection::clear/delete settings", "DELETE FROM settings WHERE key = ?1")
            .bind(1, aggregateId)
            .run();
    }
}

void SettingProjection::apply(SqlDatabase &db, const Event &event)
{
    const QJsonObject &p = event.payload;
    if (event.type == settingevents::changed) {
        db.cached("SettingProjection::apply/insert settings",
              "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)")
            .bind(1, event.aggregateId)
            .bind(2, p.value(QLatin1String("value")).toString())
            .run();
    } else if (event.type == settingevents::deadlineSet) {
        db.cached("SettingProjection::apply/insert deadline_rules",
              "INSERT OR REPLACE INTO deadline_rules (org_code, handling, days) VALUES (?1, ?2, ?3)")
            .bind(1, p.value(QLatin1String("org")).toString())
            .bind(2, p.value(QLatin1String("handling")).toInt())
            .bind(3, p.value(QLatin1String("days")).toInt())
            .run();
    } else if (event.type == settingevents::assessmentSaved) {
        // A version is saved once; a second save of the same id (never made) keeps the first.
        db.cached("SettingProjection::apply/insert assessment_rule_sets",
              "INSERT OR IGNORE INTO assessment_rule_sets (id, name, body, saved_ms, saved_by) VALUES "
              "(?1, ?2, "
              "?3, ?4, ?5)")
            .bind(1, event.aggregateId.mid(11))
            .bind(2, p.value(QLatin1String("name")).toString())
            .bind(3, p.value(QLatin1String("body")).toString())
            .bind(4, event.hlc.millis())
            .bind(5, event.actor)
            .run();
    } else if (event.type == settingevents::deadlineCleared) {
        clear(db, event.aggregateId);
    }
}

} // namespace tz
