// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/io/rowerror.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace tz {

class Workspace;

// 设置: the center's name and phone (for receipts) and the interface language for everyone;
// for administrators also the imports (division tree, holiday calendar), users and roles,
// departments and deadlines per unit, grids, and the service catalog.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Import { Divisions, Holidays, Catalog };

    SettingsPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Imports `file` on a worker thread behind a progress dialog and shows the report (or
    // every rejected row). Returns the summary shown.
    QString importFile(Import kind, const QString &file);
    QTabWidget *tabs() const { return m_tabs; }

    // The interface language chosen on this computer ("zh_CN" or "en").
    static QString savedLanguage();

private:
    QWidget *generalTab();
    QWidget *importTab();
    // The tabs over what an import changes, made again from the ledger (no stale form left to
    // save over the import).
    void addAdminTabs();
    void saveCenter();
    void showImportErrors(const QList<RowError> &errors);

    Workspace &m_workspace;
    Actor m_actor;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_centerName = nullptr;
    QLineEdit *m_centerPhone = nullptr;
    QLabel *m_centerMessage = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_importMessage = nullptr;
    QTableWidget *m_importErrors = nullptr;
};

} // namespace tz
