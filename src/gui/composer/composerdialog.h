#pragma once

#include "model/account.h"

#include <QDialog>
#include <QList>

class Clock;
class Database;
class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// A minimal composer: text, accounts, a local time. Checks the text against each chosen account's
// platform as it is typed, and saves the post with its deliveries in one transaction, or nothing.
class ComposerDialog final : public QDialog
{
    Q_OBJECT

public:
    ComposerDialog(const Database &database, Clock &clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ComposerDialog)

    qint64 postId() const { return m_postId; } // after Schedule succeeded
    void accept() override;

private:
    bool validate();

    const Database &m_database;
    Clock &m_clock;
    QList<Account> m_accounts;
    QList<QCheckBox *> m_accountBoxes;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_textProblem = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_accountProblem = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLabel *m_saveProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_postId = 0;
};
