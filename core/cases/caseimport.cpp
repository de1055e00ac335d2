// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/cases/caseimport.h"

#include "core/catalog/catalogservice.h"
#include "core/common/businesstime.h"
#include "core/io/csvwriter.h"
#include "core/io/rowerror.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/org/orglevel.h"
#include "core/org/orgservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace tz {
namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    const char *headers; // what 台账 call the column, most likely first, separated by |
};

const std::array<FieldInfo, kImportFieldCount> kFields {{
    {ImportField::RegisteredAt, "registeredAt", QT_TRANSLATE_NOOP("tz::CaseImport", "Registered on"),
        "受理时间|受理日期|登记时间|登记日期|日期|时间|来访时间|反映时间"},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("tz::CaseImport", "Request"),
        "诉求|诉求事项|事项|事项名称|诉求内容|反映问题|问题|标题"},
    {ImportField::Description, "description", QT_TRANSLATE_NOOP("tz::CaseImport", "Description"),
        "情况描述|具体内容|详细情况|内容|描述|备注"},
    {ImportField::Unit, "unit", QT_TRANSLATE_NOOP("tz::CaseImport", "Unit"),
        "村（社区）|村(社区)|村社区|所属村|村|社区|单位|受理单位|区划代码"},
    {ImportField::Handling, "handling", QT_TRANSLATE_NOOP("tz::CaseImport", "Class"),
        "办理类别|类别|分类|处置方式|办理方式"},
    {ImportField::Channel, "channel", QT_TRANSLATE_NOOP("tz::CaseImport", "Channel"),
        "渠道|来源|反映渠道|受理渠道"},
    {ImportField::Catalog, "catalog", QT_TRANSLATE_NOOP("tz::CaseImport", "Service"),
        "服务事项|事项类型|清单事项"},
    {ImportField::CitizenName, "citizenName", QT_TRANSLATE_NOOP("tz::CaseImport", "Citizen"),
        "群众姓名|姓名|反映人|来访人|诉求人|群众"},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("tz::CaseImport", "Phone"), "联系电话|电话|手机|手机号"},
    {ImportField::ResolvedAt, "resolvedAt", QT_TRANSLATE_NOOP("tz::CaseImport", "Resolved on"),
        "办结时间|办结日期|完成时间|解决时间"},
    {ImportField::Result, "result", QT_TRANSLATE_NOOP("tz::CaseImport", "Result"),
        "办理结果|办结情况|处理结果|结果|答复内容"},
}};

const FieldInfo &infoOf(ImportField field)
{
    return kFields.at(static_cast<size_t>(field));
}

// A unit's name as people write it: "永兴村民委员会" and "永兴村" are one village.
QString shortName(QString name)
{
    name.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char *suffix : {"居民委员会", "村民委员会", "村委会", "委员会"}) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s)) {
            name.chop(s.size());
            if (qstrcmp(suffix, "村民委员会") == 0 || qstrcmp(suffix, "村委会") == 0)
                name += QString::fromUtf8("村");
            break;
        }
    }
    return name;
}

// The channel an old 台账's words mean.
std::optional<Channel> channelOf(const QString &text)
{
    if (const std::optional<Channel> exact = channel::parse(text))
        return exact;
    static const std::array<std::pair<const char *, Channel>, 14> words {
        {{"12345", Channel::Phone}, {"热线", Channel::Phone}, {"电话", Channel::Phone},
            {"来电", Channel::Phone}, {"微信", Channel::WeChat}, {"走访", Channel::Visit},
            {"入户", Channel::Visit}, {"说事箱", Channel::Box}, {"意见箱", Channel::Box},
            {"小程序", Channel::MiniProgram}, {"信箱", Channel::Mailbox}, {"接待日", Channel::Mailbox},
            {"屋场会", Channel::Meeting}, {"窗口", Channel::Counter}}};
    for (const auto &[word, value] : words)
        if (text.contains(QString::fromUtf8(word)))
            return value;
    if (text.contains(QString::fromUtf8("来访")) || text.contains(QString::fromUtf8("现场")))
        return Channel::Counter;
    return std::nullopt;
}

} // namespace

namespace importfield {
QString key(ImportField field)
{
    return QString::fromLatin1(infoOf(field).key);
}
QString label(ImportField field)
{
    return QCoreApplication::translate("tz::CaseImport", infoOf(field).label);
}
bool required(ImportField field)
{
    return field == ImportField::RegisteredAt || field == ImportField::Title;
}
} // namespace importfield

CaseImportMapping CaseImportMapping::guess(const QStringList &header)
{
    CaseImportMapping mapping;
    QSet<int> taken;
    for (const FieldInfo &info : kFields) {
        const QStringList names = QString::fromUtf8(info.headers).split(QLatin1Char('|'));
        for (const QString &name : names) {
            int found = -1;
            for (int c = 0; c < header.size() && found < 0; ++c)
                if (!taken.contains(c) && header.at(c).trimmed() == name)
                    found = c;
            if (found >= 0) {
                mapping.columns.insert(info.field, found);
                taken.insert(found);
                break;
            }
        }
    }
    return mapping;
}

QJsonObject CaseImportMapping::toJson(const QStringList &header) const
{
    QJsonObject fields;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (it.value() >= 0 && it.value() < header.size())
            fields.insert(importfield::key(it.key()), header.at(it.value()).trimmed());
    return {{QStringLiteral("fields"), fields}, {QStringLiteral("unit"), defaultUnit},
        {QStringLiteral("handling"), handling::key(defaultHandling)},
        {QStringLiteral("channel"), channel::key(defaultChannel)}};
}

Result<CaseImportMapping> CaseImportMapping::fromJson(const QJsonObject &json, const QStringList &header)
{
    CaseImportMapping mapping;
    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    for (const FieldInfo &info : kFields) {
        const QString column = fields.value(QLatin1String(info.key)).toString();
        if (column.isEmpty())
            continue;
        qsizetype found = -1;
        for (qsizetype c = 0; c < header.size() && found < 0; ++c)
            if (header.at(c).trimmed() == column)
                found = c;
        if (found < 0)
            return Error::invalid(
                QCoreApplication::translate("tz::CaseImport",
                    "The saved mapping takes “%1” from a column “%2” this file does not have.")
                    .arg(QCoreApplication::translate("tz::CaseImport", info.label), quotedCell(column)));
        mapping.columns.insert(info.field, int(found));
    }
    mapping.defaultUnit = json.value(QLatin1String("unit")).toString();
    mapping.defaultHandling
        = handling::parse(json.value(QLatin1String("handling")).toString()).value_or(Handling::Routed);
    mapping.defaultChannel
        = channel::parse(json.value(QLatin1String("channel")).toString()).value_or(Channel::Counter);
    return mapping;
}

CaseImport::CaseImport(Ledger &ledger, OrgService &org, CatalogService &catalog, CaseService &cases)
    : m_ledger(ledger)
    , m_org(org)
    , m_catalog(catalog)
    , m_cases(cases)
{
    for (OrgLevel level : {OrgLevel::City, OrgLevel::County, OrgLevel::Township, OrgLevel::Village})
        for (const OrgUnit &unit : m_org.unitsAtLevel(level))
            m_unitsByName[shortName(unit.name)].append(unit.code);
}

Result<CsvTable> CaseImport::read(const QString &path)
{
    return CsvReader::readFile(path, CsvReader::Encoding::Auto);
}

std::optional<qint64> CaseImport::parseDate(const QString &given, bool *dateOnly)
{
    if (dateOnly)
        *dateOnly = false;
    const QString text = given.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool number = false;
    const double serial = text.toDouble(&number);
    if (number && serial > 20000 && serial < 80000) {
        // Excel's day number (1 = 1900-01-01, counting its phantom 1900-02-29).
        const QDate day = QDate(1899, 12, 30).addDays(qint64(serial));
        const qint64 seconds = qRound64((serial - qint64(serial)) * 86400); // 86400 rounds to the next day
        if (dateOnly)
            *dateOnly = seconds == 0;
        return QDateTime(day, QTime(0, 0), businesstime::zone()).addSecs(seconds).toMSecsSinceEpoch();
    }
    static const QRegularExpression pattern(
        QString::fromUtf8("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/"
                          ".月]\\s*(\\d{1,2})\\s*日?(?:[\\sT]+(\\d{1,2})[:：时](\\d{1,2})"
                          "(?:[:：分](\\d{1,2}))?\\s*秒?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time = m.captured(4).isEmpty()
        ? QTime(9, 0) // a date alone: the morning of that day
        : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    if (dateOnly)
        *dateOnly = m.captured(4).isEmpty();
    return QDateTime(day, time, businesstime::zone()).toMSecsSinceEpoch();
}

std::optional<QString> CaseImport::unitFor(const QString &given)
{
    const QString text = given.trimmed();
    if (text.size() == 12 && m_org.unit(text))
        return text;
    // "东江镇/永兴村", "东江镇 永兴村" or "永兴村": the last part names it, the others choose among
    // namesakes.
    QStringList parts = text.split(QRegularExpression(QStringLiteral("[/／\\s>]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    QStringList codes = m_unitsByName.value(shortName(parts.takeLast()));
    while (codes.size() > 1 && !parts.isEmpty()) {
        const QString above = shortName(parts.takeLast());
        QStringList under;
        for (const QString &code : std::as_const(codes))
            for (const OrgUnit &a : m_org.ancestry(code))
                if (shortName(a.name) == above && !under.contains(code))
                    under.append(code);
        codes = under;
    }
    if (codes.size() != 1)
        return std::nullopt;
    return codes.constFirst();
}

QList<CaseImportRow> CaseImport::check(
    const Actor &actor, const CsvTable &table, const CaseImportMapping &mapping)
{
    QList<CaseImportRow> rows;
    QSet<QString> seen; // the same case twice in the file
    const qint64 now = m_ledger.wallMs();
    SqlStatement &entered = m_ledger.db().cached("CaseImport::check",
        "SELECT number FROM cases WHERE registered_at = ?1 AND title = ?2 AND origin_org = ?3 LIMIT 1");
    for (const CsvRow &csv : table.rows) {
        CaseImportRow row;
        row.line = csv.line;
        row.fields = csv.fields;
        const auto cell = [&](ImportField field) {
            const int c = mapping.columns.value(field, -1);
            return c >= 0 && c < csv.fields.size() ? csv.fields.at(c).trimmed() : QString();
        };
        const auto refuse = [&](const QString &problem) {
            row.problem = problem;
            rows.append(row);
        };
        if (std::all_of(csv.fields.cbegin(), csv.fields.cend(),
                [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue; // an empty line of the sheet
        RegisterCaseInput &in = row.input;
        const QString registered = cell(ImportField::RegisteredAt);
        bool registeredDateOnly = false;
        std::optional<qint64> at = parseDate(registered, &registeredDateOnly);
        if (!at) {
            refuse(registered.isEmpty()
                    ? QCoreApplication::translate("tz::CaseImport", "The registration date is empty.")
                    : QCoreApplication::translate(
                        "tz::CaseImport", "“%1” is not a date (write 2025-03-04 or 2025-03-04 14:30).")
                          .arg(quotedCell(registered)));
            continue;
        }
        if (registeredDateOnly && *at > now)
            at = now; // today, before nine
        in.registeredAt = *at;
        in.fromPaper = true;
        in.title = cell(ImportField::Title);
        in.description = cell(ImportField::Description);
        const QString unitText = cell(ImportField::Unit);
        if (unitText.isEmpty()) {
            in.orgCode = mapping.defaultUnit;
        } else if (const std::optional<QString> code = unitFor(unitText)) {
            in.orgCode = *code;
        } else {
            refuse(QCoreApplication::translate("tz::CaseImport",
                "No single unit is called “%1”: write its division code or township and village.")
                       .arg(quotedCell(unitText)));
            continue;
        }
        if (in.orgCode.isEmpty()) {
            refuse(QCoreApplication::translate(
                "tz::CaseImport", "The row names no unit and no default unit was chosen."));
            continue;
        }
        const QString catalogText = cell(ImportField::Catalog);
        std::optional<CatalogItem> item;
        if (!catalogText.isEmpty()) {
            item = m_catalog.byName(catalogText);
            if (!item) {
                refuse(QCoreApplication::translate("tz::CaseImport", "“%1” is not in the service catalog.")
                           .arg(quotedCell(catalogText)));
                continue;
            }
            in.catalogId = item->id;
        }
        const QString handlingText = cell(ImportField::Handling);
        if (!handlingText.isEmpty()) {
            const std::optional<Handling> h = handling::parse(handlingText);
            if (!h) {
                refuse(QCoreApplication::translate(
                    "tz::CaseImport", "“%1” is not a class (即办, 快办, 分办 or 联办).")
                           .arg(quotedCell(handlingText)));
                continue;
            }
            in.handling = *h;
        } else if (!item) {
            in.handling = mapping.defaultHandling;
        }
        const QString channelText = cell(ImportField::Channel);
        in.channel = channelText.isEmpty() ? mapping.defaultChannel
                                           : channelOf(channelText).value_or(mapping.defaultChannel);
        in.residentName = cell(ImportField::CitizenName);
        in.phone = cell(ImportField::Phone);
        const QString resolved = cell(ImportField::ResolvedAt);
        in.resolution = cell(ImportField::Result);
        if (!resolved.isEmpty()) {
            bool resolvedDateOnly = false;
            std::optional<qint64> done = parseDate(resolved, &resolvedDateOnly);
            if (!done) {
                refuse(QCoreApplication::translate("tz::CaseImport", "“%1” is not a date of resolution.")
                           .arg(quotedCell(resolved)));
                continue;
            }
            if (in.resolution.isEmpty()) {
                refuse(QCoreApplication::translate(
                    "tz::CaseImport", "The row is resolved on %1 but says nothing of what was done.")
                           .arg(quotedCell(resolved)));
                continue;
            }
            if (resolvedDateOnly) // a day without a time: not before the registration, not after now
                done = std::min(std::max(*done, *at), std::max(now, *at));
            in.resolvedAt = *done;
        } else if (!in.resolution.isEmpty()) {
            in.description = in.description.isEmpty() ? in.resolution
                                                      : in.description + QStringLiteral("\n") + in.resolution;
            in.resolution.clear(); // a note of progress on an open case: kept in its description
        }
        // Compared by the title the case gets: a row without one is known by its service's name.
        const QString title = m_cases.titleOf(in);
        const QString key
            = QString::number(*at) + QLatin1Char('\x1f') + title + QLatin1Char('\x1f') + in.orgCode;
        if (seen.contains(key)) {
            refuse(QCoreApplication::translate(
                "tz::CaseImport", "The same case (date, request and unit) is on an earlier line."));
            continue;
        }
        entered.bind(1, *at).bind(2, title).bind(3, in.orgCode);
        const QString before = entered.next() ? entered.text(0) : QString();
        entered.reset();
        if (!before.isEmpty()) {
            refuse(QCoreApplication::translate("tz::CaseImport", "Already in the ledger as case %1.")
                       .arg(before));
            continue;
        }
        if (const std::optional<Error> refused = m_cases.checkRegistration(actor, in)) {
            refuse(refused->message);
            continue;
        }
        seen.insert(key);
        rows.append(row);
    }
    return rows;
}

Result<CaseImportOutcome> CaseImport::run(const Actor &actor, const QStringList &header,
    const QList<CaseImportRow> &rows, const QString &rejectsFile)
{
    QList<RegisterCaseInput> inputs;
    QList<const CaseImportRow *> rejected;
    for (const CaseImportRow &row : rows) {
        if (row.problem.isEmpty())
            inputs.append(row.input);
        else
            rejected.append(&row);
    }
    if (!rejected.isEmpty() && rejectsFile.isEmpty())
        return Error::invalid(QCoreApplication::translate("tz::CaseImport",
            "%n row(s) cannot be imported (the first on line %1: %2); nothing was imported.", nullptr,
            int(rejected.size()))
                                  .arg(rejected.constFirst()->line)
                                  .arg(rejected.constFirst()->problem));
    if (inputs.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("tz::CaseImport", "No row of the file can be imported."));
    if (!rejected.isEmpty()) {
        // Written first: nothing is imported if the list of what was left out cannot be kept.
        // As wide as the widest row (Excel leaves trailing commas), then the line and the reason.
        qsizetype width = header.size();
        for (const CaseImportRow *row : std::as_const(rejected))
            width = std::max(width, row->fields.size());
        QStringList columns = header;
        while (columns.size() < width)
            columns.append(QString());
        columns << QCoreApplication::translate("tz::CaseImport", "Line")
                << QCoreApplication::translate("tz::CaseImport", "Why not imported");
        CsvWriter writer(columns);
        for (const CaseImportRow *row : std::as_const(rejected)) {
            QStringList fields = row->fields;
            while (fields.size() < width)
                fields.append(QString());
            writer.addRow(fields << QString::number(row->line) << row->problem);
        }
        if (Status written = writer.writeFile(rejectsFile); !written)
            return written.error();
    }
    QString firstRefusal;
    Result<QStringList> numbers
        = m_cases.registerAll(actor, inputs, [&](qsizetype index, const Error &error) {
              if (firstRefusal.isEmpty())
                  firstRefusal
                      = QCoreApplication::translate("tz::CaseImport", "%1 (the case registered %2)")
                            .arg(error.message, businesstime::displayOf(*inputs.at(index).registeredAt));
          });
    if (!numbers)
        return Error {
            numbers.error().kind, firstRefusal.isEmpty() ? numbers.error().message : firstRefusal, {}};
    return CaseImportOutcome {*numbers, int(rejected.size())};
}

} // namespace tz
