# The claims dock: the table of every claim, its filters and its empty state.
target_sources(demarche_widgets PRIVATE
    claims/claimfilterbar.h claims/claimfilterbar.cpp
    claims/claimspanel.h claims/claimspanel.cpp
    claims/swatchdelegate.h claims/swatchdelegate.cpp
    claims/viewhint.h claims/viewhint.cpp
)
