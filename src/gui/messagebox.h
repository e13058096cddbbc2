#pragma once

#include <QMessageBox>

#include <optional>

// Questions to the user behind a seam, as KeePassXC does it: a test sets the next answer instead of
// clicking a modal dialog it cannot reach.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The answer the next question gets without being shown (tests only).
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};
