"""Configuration: the YAML file read into a frozen, typed ``Config`` (``model``), its
line-numbered YAML reader (``yaml_lines``), where the file is found (``locate``) and the
cron forms a schedule accepts (``cron``)."""
