// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/residents/residentservice.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace tz {

class CasesPage;
class Workspace;

// 居民: find a resident by name, pinyin initials, phone or the last digits of the ID number;
// see them masked (the full number on a recorded request), their household, their care-group
// tags and every case they brought.
class ResidentsPage : public QWidget
{
    Q_OBJECT
public:
    ResidentsPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void focusSearch();
    void search(const QString &text);
    void showFirst(); // the first resident found
    void showResident(const QString &id);
    [[nodiscard]] QString shownResident() const { return m_shownId; }
    CasesPage *cases() const { return m_cases; }

private:
    void runSearch();
    // The ledger changed: the search again, the resident shown kept (and shown anew unless their
    // care groups are being edited).
    void refresh();
    void saveTags();
    // Asks before showing another resident over care-group ticks not saved yet.
    [[nodiscard]] bool mayLeaveTags();
    void reveal(ResidentField field);

    Workspace &m_workspace;
    Actor m_actor;
    QString m_shownId;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_unit = nullptr;
    QPushButton *m_revealId = nullptr;
    QPushButton *m_revealPhone = nullptr;
    QList<QCheckBox *> m_tags;
    QPushButton *m_saveTags = nullptr;
    QLabel *m_tagsMessage = nullptr;
    QListWidget *m_household = nullptr;
    CasesPage *m_cases = nullptr;
};

} // namespace tz
