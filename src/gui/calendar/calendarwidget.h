#pragma once

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class CalendarModel;
class CalendarView;
class Clock;
class Database;
class MonthView;
class PostActions;
class QLabel;
class QStackedWidget;
class QToolButton;
class WeekView;

// The calendar page: previous / today / next, the month or week shown, a month/week switch, and
// the two views over one CalendarModel.
class CalendarWidget final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Month, Week };
    Q_ENUM(Mode)

    CalendarWidget(const Database &database, const Clock &clock, PostActions &actions, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarWidget)

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Shows the month or week holding `date`.
    void setDate(const QDate &date);
    void showPrevious();
    void showNext();
    void showToday();
    void refresh();
    // Nothing can be moved or copied: another publisher holds the database.
    void setReadOnly(bool readOnly);

    CalendarModel *model() const { return m_model; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }

Q_SIGNALS:
    void postActivated(qint64 deliveryId);
    void postsChanged();
    void message(const QString &text);
    // Files were dropped on a day or an hour (CalendarView::composeRequested).
    void composeRequested(const QDateTime &at, const QStringList &files);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    CalendarView *current() const;
    void updateTitle();

    CalendarModel *m_model = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_monthButton = nullptr;
    QToolButton *m_weekButton = nullptr;
    Mode m_mode = Mode::Month;
};
