// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/io/csvwriter.h"

#include "core/io/csvcell.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <utility>

namespace tz {

CsvWriter::CsvWriter(const QStringList &header, bool byteOrderMark)
{
    if (byteOrderMark)
        m_bytes.append("\xEF\xBB\xBF");
    addRow(header);
}

QString CsvWriter::quote(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(quote(csvcell::neutralised(f)));
    appendLine(quoted);
}

void CsvWriter::addCells(const QList<QVariant> &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QVariant &cell : cells) {
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            quoted.append(QString::number(cell.toLongLong()));
            break;
        case QMetaType::Double:
            quoted.append(QString::number(cell.toDouble(), 'g', 15));
            break;
        default:
            quoted.append(quote(csvcell::neutralised(cell.toString())));
        }
    }
    appendLine(quoted);
}

void CsvWriter::appendLine(const QStringList &quoted)
{
    m_bytes.append(quoted.join(QLatin1Char(',')).toUtf8());
    m_bytes.append("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return m_bytes;
}

QByteArray CsvWriter::takeBytes()
{
    return std::exchange(m_bytes, {});
}

Status CsvWriter::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Csv", "Cannot write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace tz
