// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// File dialogs that open where a clerk keeps such files, never in the ledger's own folder. Each
// kind of file has a folder of its own (receipts and exports one under Documents, made when
// missing), and the folder last chosen for that kind is remembered. The ledger's folder is kept
// out: a dialog listing it reads its files (types, icons) and has no business offering the
// ledger, its log or its lock file to save over.
namespace tz::filedialogs {

enum class Kind {
    Receipts, // 回执 PDFs
    Exports, // lists, reports and the catalog written for Excel or print
    Imports, // CSV files read in (old 台账, divisions, holidays, mappings)
    Attachments, // photos and scans of citizens' papers
};

// The ledger whose folder dialogs stay out of (the main window sets it when it opens one).
void setLedgerPath(const QString &path);

// The folder a dialog for `kind` opens in.
[[nodiscard]] QString startFolder(Kind kind);

// The usual dialogs, starting in startFolder(kind) (`name` is the suggested file name); the
// folder of what was chosen is remembered for `kind`. Empty when the clerk cancelled.
QString saveFile(QWidget *parent, Kind kind, const QString &title, const QString &name,
    const QString &filters, QString *selectedFilter = nullptr);
QString openFile(QWidget *parent, Kind kind, const QString &title, const QString &filters);
QStringList openFiles(QWidget *parent, Kind kind, const QString &title, const QString &filters);

} // namespace tz::filedialogs
