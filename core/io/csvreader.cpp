// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/io/csvreader.h"

#include "core/io/csvcell.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace tz {
namespace {

// The line of the first invalid UTF-8 sequence, or 0 when the bytes are valid UTF-8.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == '\n')
            ++line;
        int extra = 0;
        char32_t minimum = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
        } else {
            return line;
        }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return line;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return line;
        i += extra + 1;
    }
    return 0;
}

} // namespace

int CsvTable::columnIndex(QStringView name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (QStringView(header.at(i)).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<CsvTable> CsvReader::readFile(const QString &path, Encoding encoding, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("tz::Csv", "Cannot open %1: %2").arg(path, file.errorString()), {}};
    if (file.size() > maxBytes)
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("tz::Csv", "%1 is too large (%2 MB; at most %3 MB).")
                .arg(path)
                .arg(file.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)),
            {}};
    return parse(file.readAll(), encoding);
}

Result<CsvTable> CsvReader::parse(const QByteArray &raw, Encoding encoding)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text;
    const int badLine = firstInvalidUtf8Line(bytes);
    if (encoding == Encoding::Gb18030 || (encoding == Encoding::Auto && badLine > 0)) {
        QStringDecoder decoder("GB18030");
        text = decoder.decode(bytes);
        if (decoder.hasError())
            return Error::invalid(
                QCoreApplication::translate("tz::Csv", "The file is neither UTF-8 nor GB18030 text."));
    } else if (badLine > 0) {
        return Error::invalid(QCoreApplication::translate(
            "tz::Csv", "Line %1: the file is not valid UTF-8 text. Save it as \"CSV UTF-8\" and try again.")
                                  .arg(badLine));
    } else {
        text = QString::fromUtf8(bytes);
    }

    CsvTable table;
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (!blank)
            rows.append(row);
        row = CsvRow();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            endRow();
            row.line = ++line;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            row.line = ++line;
        } else {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
                return Error::invalid(
                    QCoreApplication::translate("tz::Csv", "Line %1 holds a control character (code %2).")
                        .arg(line)
                        .arg(c.unicode()));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error::invalid(
            QCoreApplication::translate("tz::Csv", "Line %1: a quoted field is never closed.").arg(row.line));
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    for (CsvRow &r : rows) {
        for (QString &f : r.fields) {
            for (const QChar c : std::as_const(f)) {
                if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n')
                    && c != QLatin1Char('\r'))
                    return Error::invalid(
                        QCoreApplication::translate("tz::Csv", "Line %1 holds a control character.")
                            .arg(r.line));
            }
            f = csvcell::restored(f);
        }
    }
    if (rows.isEmpty())
        return Error::invalid(QCoreApplication::translate("tz::Csv", "The file is empty."));
    table.header = rows.takeFirst().fields;
    table.rows = rows;
    return table;
}

} // namespace tz
