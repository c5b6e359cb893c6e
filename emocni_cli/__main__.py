from emocni_cli.cli.app import main

main()
