target_sources(demarche_core PRIVATE
    commands/commandtext.h
    commands/projectcommand.h commands/projectcommand.cpp
    commands/addclaimcommand.h commands/addclaimcommand.cpp
    commands/removeclaimscommand.h commands/removeclaimscommand.cpp
    commands/changeclaimcommand.h commands/changeclaimcommand.cpp
    commands/adddocumentcommand.h commands/adddocumentcommand.cpp
    commands/removedocumentcommand.h commands/removedocumentcommand.cpp
    commands/changedocumentcommand.h commands/changedocumentcommand.cpp
    commands/codebooktraits.h
    commands/codebookcommands.h commands/codebookcommands.cpp
)
