// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caserecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTimer;
class QVBoxLayout;

namespace tz {

class Workspace;
struct RegistrationDraft;

// 受理: one form, keyboard only, for what a citizen asks at the counter. The resident is found
// by name, pinyin initials, phone or the last digits of the ID number, or entered inline; the
// catalog item fills class, department and deadline; a 即办 case may be resolved in the same
// save. Everything typed is kept in a draft file as it is typed, so nothing is lost.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    IntakePage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Saves the case (Ctrl+Enter); false with the reason shown next to the field at fault.
    bool save();
    // Esc: asks before throwing away what was typed (unless `ask` is false).
    void discard(bool ask = true);
    [[nodiscard]] bool isBlank() const;
    [[nodiscard]] QString draftPath() const;

protected:
    // Enter in a list of matches takes the current one (the first, unless the clerk moved).
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void saved(const tz::CaseRecord &record);

private:
    // The form, top to bottom (each part adds its rows and keeps its fields), then what the keys
    // and the fields do.
    void buildForm();
    void addHeading(QVBoxLayout *outer);
    void addResidentRows(QFormLayout *form); // found, or typed in as someone new
    void addServiceRows(QFormLayout *form); // the catalog item, class, channel and time limit
    void addRequestRows(QFormLayout *form); // in short, in the citizen's words, 即办's result
    void addButtons(QVBoxLayout *outer);
    void connectKeys();
    void connectFields();
    // What the form holds, for core to check and register.
    [[nodiscard]] RegistrationDraft registration() const;
    // The field core names in a refusal (Error::field), or nothing.
    [[nodiscard]] QWidget *fieldNamed(const QString &field) const;
    void findResidents(const QString &text);
    void pickResident(int row);
    void findCatalog(const QString &text);
    void pickCatalog(int row);
    void updateDeadline();
    void updateResolveNow();
    void validateNewResident();
    void showError(QWidget *field, const QString &message);
    void clearErrors();
    void clearForm();
    // intakedraft.cpp: the draft file, written as the clerk types and read when the page opens.
    void scheduleDraft();
    void writeDraft();
    void restoreDraft();

    Workspace &m_workspace;
    Actor m_actor;
    QString m_residentId;
    QString m_catalogId;
    QLineEdit *m_resident = nullptr;
    QStandardItemModel *m_residentMatches = nullptr;
    QLabel *m_residentInfo = nullptr;
    QWidget *m_newResident = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newIdNumber = nullptr;
    QLineEdit *m_newPhone = nullptr;
    QLineEdit *m_newAddress = nullptr;
    QLineEdit *m_catalog = nullptr;
    QStandardItemModel *m_catalogMatches = nullptr;
    QLabel *m_department = nullptr;
    QComboBox *m_handling = nullptr;
    QComboBox *m_channel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_deadline = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_resolveNow = nullptr;
    QLineEdit *m_resolution = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_draftTimer = nullptr;
    bool m_restoring = false;
};

} // namespace tz
