// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/demo/demorecurring.h"

#include "core/cases/caseservice.h"
#include "core/catalog/catalogservice.h"
#include "core/demo/democasesimulator.h"
#include "core/io/csvreader.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace tz {
namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kHandledAfterDays = 42;

struct Row
{
    qint64 at = 0;
    QString village;
    QString catalog;
    QString title;
    QString description;
};

} // namespace

Result<int> DemoRecurring::seed(
    Workspace &workspace, const DemoWorld &world, qint64 endMs, const std::function<void(qint64)> &setNow)
{
    Result<CsvTable> table = CsvReader::readFile(
        QStringLiteral(":/data/demo/recurring-labelled.csv"), CsvReader::Encoding::Utf8);
    if (!table)
        return table.error();
    const int day = table->columnIndex(u"day");
    const int village = table->columnIndex(u"village");
    const int catalog = table->columnIndex(u"catalog");
    const int title = table->columnIndex(u"title");
    const int description = table->columnIndex(u"description");
    QList<Row> rows;
    for (const CsvRow &row : table->rows) {
        const QStringList &f = row.fields;
        // Working hours of that day, spread by the row's place in the file.
        const qint64 at
            = endMs - f.value(day).toLongLong() * kDayMs - 2 * kDayMs / 3 + (row.line % 9) * kHourMs;
        rows.append({std::min(at, endMs - kHourMs), f.value(village), f.value(catalog), f.value(title),
            f.value(description)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });

    CaseService &cases = workspace.cases();
    int registered = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QString townshipCode = row.village.left(9) + QStringLiteral("000");
        const auto township = std::find_if(world.townships.cbegin(), world.townships.cend(),
            [&](const DemoTownship &t) { return t.code == townshipCode; });
        if (township == world.townships.cend())
            continue; // a village outside the demo's county
        RegisterCaseInput input;
        input.orgCode = row.village;
        input.title = row.title;
        input.description = row.description;
        input.channel = static_cast<Channel>(1 + i % 5);
        if (!row.catalog.isEmpty()) {
            const std::optional<CatalogItem> item = workspace.catalog().byName(row.catalog);
            if (!item)
                return Error::invalid(QStringLiteral("demo: no catalog item %1").arg(row.catalog));
            input.catalogId = item->id;
            // Reported problems, not services done at the counter or by several units at once.
            input.handling = item->handling == Handling::Immediate ? Handling::Fast
                : item->handling == Handling::Joint                ? Handling::Routed
                                                                   : item->handling;
        } else {
            input.handling = Handling::Routed;
        }
        setNow(row.at);
        Result<CaseRecord> saved = cases.registerCase(township->clerk, input);
        if (!saved)
            return saved.error();
        ++registered;
        if (row.at > endMs - kHandledAfterDays * kDayMs)
            continue;
        // Handled long ago: sent to the village, taken and resolved within days.
        DispatchInput to;
        to.lead.orgCode = row.village;
        setNow(row.at + 3 * kHourMs);
        if (Result<CaseRecord> done = cases.dispatch(township->clerk, saved->number, to); !done)
            return done.error();
        setNow(row.at + 20 * kHourMs);
        if (Result<CaseRecord> done = cases.accept(township->handler, saved->number); !done)
            return done.error();
        setNow(row.at + (2 + i % 3) * kDayMs);
        if (Result<CaseRecord> done = cases.resolve(township->handler, saved->number,
                QString::fromUtf8("已到现场核实并处理，问题已解决，已告知群众。"));
            !done)
            return done.error();
    }
    return registered;
}

} // namespace tz
