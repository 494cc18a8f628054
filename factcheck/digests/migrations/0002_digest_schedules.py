"""Beat entries (in the database, django-celery-beat) for each digest frequency.

Each enqueues the fan-out `digests.fan_out(frequency)`, which creates one Delivery per
subscription for the period that just ended and enqueues one `digests.send_delivery` per
delivery. Running it twice (two beat schedulers) is harmless: deliveries are unique per
(subscription, period) and claimed before sending.
"""

from django.db import migrations

TASK = "digests.fan_out"
# name -> (frequency, crontab fields: minute, hour, day_of_week)
SCHEDULES = {
    "Digests: immediate (high-severity findings)": ("immediate", ("*", "*", "*")),
    "Digests: daily": ("daily", ("5", "0", "*")),
    "Digests: weekly": ("weekly", ("10", "0", "1")),
}


def schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, (frequency, (minute, hour, day_of_week)) in SCHEDULES.items():
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=minute,
            hour=hour,
            day_of_week=day_of_week,
            day_of_month="*",
            month_of_year="*",
            timezone="UTC",
        )
        PeriodicTask.objects.update_or_create(
            name=name,
            defaults={
                "task": TASK,
                "crontab": crontab,
                "args": f'["{frequency}"]',
                "enabled": True,
            },
        )


def unschedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=SCHEDULES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("digests", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
