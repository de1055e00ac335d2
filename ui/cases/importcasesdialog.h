// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caseimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace tz {

class Workspace;

// 导入旧台账: a CSV file's columns mapped to a case's fields (guessed from its headers, or a
// saved mapping), every row checked and shown with its line and what is wrong, then the file
// entered as 补录 cases: all or nothing, or the good rows with the others saved to a file.
class ImportCasesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportCasesDialog(
        Workspace &workspace, const Actor &actor, const QString &file, QWidget *parent = nullptr);
    ~ImportCasesDialog() override;

    [[nodiscard]] QComboBox *columnFor(ImportField field) const { return m_columns.value(int(field)); }
    [[nodiscard]] QTableWidget *preview() const { return m_preview; }
    [[nodiscard]] const QList<CaseImportRow> &rows() const { return m_rows; }
    // Imports as the dialog is set; `rejectsFile` is used when only the good rows are taken.
    // Returns the message shown: what was entered, or why nothing was.
    QString importNow(const QString &rejectsFile = {});
    [[nodiscard]] QStringList imported() const { return m_imported; }
    // Takes a saved mapping (JSON) or writes the one shown; returns an empty string or the problem.
    QString loadMapping(const QString &path);
    QString saveMapping(const QString &path);

private:
    void recheck();
    [[nodiscard]] CaseImportMapping mapping() const;
    void showMapping(const CaseImportMapping &mapping);

    Workspace &m_workspace;
    Actor m_actor;
    CsvTable m_table;
    CaseImport m_import;
    QHash<int, QComboBox *> m_columns; // by ImportField
    QComboBox *m_unit = nullptr;
    QComboBox *m_handling = nullptr;
    QComboBox *m_channel = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_goodOnly = nullptr;
    QPushButton *m_run = nullptr;
    QList<CaseImportRow> m_rows;
    QStringList m_imported;
};

} // namespace tz
