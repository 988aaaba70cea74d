"""Configuration: the YAML file read into a frozen, typed ``Config`` (``model``), the rules
its fields are checked with (``validate``), its line-numbered YAML reader
(``yaml_lines``), where the file is found (``locate``) and the cron forms a schedule
accepts (``cron``)."""
