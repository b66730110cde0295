"""Live sync between the doors through Syncthing, without Qt.

`engine` finds, configures, starts and stops the Syncthing engine that the kiosk owns (its home
in <data-dir>/sync/engine/, REST on 127.0.0.1 with a random key); `rest` is its small REST client.
The data path (what each kiosk publishes and how peers' files are folded in) lives beside them.
"""
