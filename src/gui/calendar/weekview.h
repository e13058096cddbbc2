#pragma once

#include "calendarview.h"

// A week as seven day columns of 24 hour rows, today marked and the current time drawn across it.
// A chip dropped on an hour moves to that hour and keeps its minutes.
class WeekView final : public CalendarView {
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WeekView)

    QDate firstDay() const override;
    QDate lastDay() const override;
    QRect slotRect(const Slot &slot) const override;
    QSize minimumSizeHint() const override;

protected:
    std::optional<Slot> slotAt(const QPoint &pos) const override;
    qint64 verticalStepSeconds() const override { return 3600; } // an hour
    void paintEvent(QPaintEvent *event) override;

private:
    int headerHeight() const;
    int gutterWidth() const;
    QRect columnRect(int day) const;
    int hourTop(int hour) const;
};
