// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/reports/measuredefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tz {
namespace {

QList<MeasureDefinition> load()
{
    QFile file(QStringLiteral(":/data/reports/measures.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the measure definitions are missing from the build");
    QList<MeasureDefinition> definitions;
    const QJsonArray measures
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("measures")).toArray();
    for (const QJsonValue &value : measures) {
        const QJsonObject m = value.toObject();
        MeasureDefinition d;
        d.code = m.value(QLatin1String("code")).toString();
        d.version = m.value(QLatin1String("version")).toInt(1);
        d.kind = m.value(QLatin1String("kind")).toString() == QLatin1String("count")
            ? MeasureDefinition::Kind::Count
            : MeasureDefinition::Kind::Rate;
        d.name = m.value(QLatin1String("name")).toString();
        d.nameEn = m.value(QLatin1String("nameEn")).toString();
        d.cohortDate = m.value(QLatin1String("cohortDate")).toString();
        d.denominator = m.value(QLatin1String("denominator")).toString();
        d.numerator = m.value(QLatin1String("numerator")).toString();
        d.rule = m.value(QLatin1String("rule")).toString();
        definitions.append(d);
    }
    return definitions;
}

} // namespace

const QList<MeasureDefinition> &MeasureDefinition::all()
{
    static const QList<MeasureDefinition> definitions = load();
    return definitions;
}

QList<MeasureDefinition> MeasureDefinition::current()
{
    QList<MeasureDefinition> newest;
    for (const MeasureDefinition &d : all()) {
        auto same = std::find_if(
            newest.begin(), newest.end(), [&d](const MeasureDefinition &n) { return n.code == d.code; });
        if (same == newest.end())
            newest.append(d);
        else if (same->version < d.version)
            *same = d;
    }
    return newest;
}

std::optional<MeasureDefinition> MeasureDefinition::find(const QString &code, int version)
{
    std::optional<MeasureDefinition> found;
    for (const MeasureDefinition &d : all()) {
        if (d.code == code && (version == 0 ? (!found || found->version < d.version) : d.version == version))
            found = d;
    }
    return found;
}

} // namespace tz
